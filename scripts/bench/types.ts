// npm run bench -- types: what an editor shows a user, read through TypeScript's language service on a consumer of
// the packed package, beside @hey-api/openapi-ts's SDK generated from the same bundled spec in the same run.
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { bundleSpec } from "../openapi/spec.js";
import { packAndInstall } from "../../test/support/packed-project.js";
import { run } from "../../test/support/run-command.js";
import { HEY_API_VERSION, heyApiCli } from "../../test/support/toolchains.js";
import { HEY_API, type Hovers, OURS, compilerOptionsOf, readHovers } from "./hovers.js";

export interface TypeFigures {
  readonly typescript: string;
  readonly heyApiVersion: string;
  readonly ours: Hovers;
  readonly heyApi: Hovers;
}

export async function benchTypes(root: string): Promise<TypeFigures> {
  const project = await packAndInstall(root);
  try {
    const consumer = project.consumer;
    const ours = readHovers({ folder: consumer, file: "hover.ts", text: OURS, options: compilerOptionsOf(join(consumer, "tsconfig.node16.json")) });
    await writeFile(join(consumer, "hey-spec.json"), JSON.stringify(await bundleSpec(root)));
    const hey = await heyApiCli();
    await run(hey.node, [hey.cli, "-i", "hey-spec.json", "-o", "hey"], { cwd: consumer });
    const heyOptions: ts.CompilerOptions = {
      ...compilerOptionsOf(join(consumer, "tsconfig.node16.json")),
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    };
    const heyApi = readHovers({ folder: consumer, file: "hey-hover.ts", text: HEY_API, options: heyOptions });
    return { typescript: ts.version, heyApiVersion: HEY_API_VERSION, ours, heyApi };
  } finally {
    await rm(project.root, { recursive: true, force: true });
  }
}

/** The targets of issue 18, as the e2e test checks them. */
export const TARGETS = { recording: "const rec: Recording", retrieveChars: 240, unknownProviderChars: 600 } as const;

export function typeLines(figures: TypeFigures): string[] {
  const cell = (text: string): string => `\`${text.replace(/\s+/g, " ").replace(/\|/g, "\\|").replace(/`/g, "'")}\``;
  const row = (what: string, ours: string, hey: string, target: string): string =>
    `| ${what} | ${cell(ours)} (${ours.length} chars) | ${cell(hey)} (${hey.length} chars) | ${target} |`;
  return [
    `### Types a user reads (TypeScript ${figures.typescript} language service; consumer of the packed package, strict, node16, skipLibCheck false)`,
    `| what the editor shows | recall-recording | @hey-api/openapi-ts ${figures.heyApiVersion}, same spec | target |`,
    "|---|---|---|---|",
    row("hover of the retrieved recording", figures.ours.recording, figures.heyApi.recording, cell(TARGETS.recording)),
    row("hover of retrieve", figures.ours.retrieve, figures.heyApi.retrieve, `<= ${TARGETS.retrieveChars} chars, \`id: string\``),
    row("error for an unknown provider", figures.ours.unknownProvider, figures.heyApi.unknownProvider, `<= ${TARGETS.unknownProviderChars} chars, naming a type`),
    "",
  ];
}

// The project's own spec: where its entry file is, and its bundled document.
import { startBundle, bundleDocument } from "./bundle.js";
import type { OpenAPIDocument } from "./json.js";

export const SPEC_ENTRY = "spec/openapi.yaml";

export function bundleSpec(root: string): Promise<OpenAPIDocument> {
  return bundleDocument(root, SPEC_ENTRY);
}

/** bundleSpec, started now and awaited later (see startBundle). */
export function startSpecBundle(root: string): Promise<OpenAPIDocument> {
  return startBundle(root, SPEC_ENTRY);
}

// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
/** The API's base URL template and its variables, from the spec's `servers`. */
export const server = {
  url: "https://{region}.recall.ai",
  variables: {
    region: {
      default: "us-east-1",
      enum: ["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"],
    },
  },
} as const;

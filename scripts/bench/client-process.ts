// One Node version's client figures as JSON on stdout: npm run bench runs this under each Node it compares.
import { benchClient } from "./client.js";

console.log(JSON.stringify(await benchClient()));

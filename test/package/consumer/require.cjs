// A CommonJS consumer: require() of the ESM-only package, which Node >= 20.19 (the engines floor) supports.
const { createRecallClient, NotFoundError } = require("recall-recording");
const { createRedisStore } = require("recall-recording/redis");
console.log(`require ${typeof createRecallClient} ${typeof NotFoundError} ${typeof createRedisStore}`);

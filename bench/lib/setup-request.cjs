// Runs inside autocannon's worker threads (so it must be CommonJS): gives each request the benchmark
// payload, with a fresh request_id when BENCH_UNIQUE_IDS is set (the scoring API is idempotent on it).
"use strict";
const fs = require("node:fs");
const { threadId } = require("node:worker_threads");

const template = JSON.parse(fs.readFileSync(process.env.BENCH_TEMPLATE, "utf8"));
const uniqueIds = process.env.BENCH_UNIQUE_IDS === "1";
const prefix = `bench-${process.pid}-${threadId}-${Date.now()}-`;
let sequence = 0;

module.exports = function setupRequest(request) {
  request.body = JSON.stringify(uniqueIds ? { ...template, request_id: prefix + sequence++ } : template);
  return request;
};

// The batch benchmark's load generator, in a process of its own so its memory is not counted: sends one
// batch body per key given, all at once, each with request ids of its own, and prints what came back.
// Usage: node bench/lib/batch-client.mjs <url> <template file> <prefix> <key>...
import fs from "node:fs";
import http from "node:http";

const [url, templateFile, prefix, ...keys] = process.argv.slice(2);
const template = fs.readFileSync(templateFile, "utf8");

function send(key, index) {
  const body = Buffer.from(template.replaceAll("REQUEST_PREFIX", `${prefix}-${index}`));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/v2/score/batch`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "content-length": body.length },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode,
            retryAfter: response.headers["retry-after"] ?? null,
            ms: performance.now() - started,
            succeeded: response.statusCode === 200 ? JSON.parse(text).succeeded : 0,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const results = await Promise.all(keys.map((key, index) => send(key, index)));
process.stdout.write(JSON.stringify(results));

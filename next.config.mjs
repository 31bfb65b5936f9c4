/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 on admin pages for signed-in recruiters.
  experimental: { authInterrupts: true },
  // Native/WASM database drivers are loaded from node_modules at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "pg",
  ],
  // Data read from its file at run time (lib/util/shipped-json.ts), for deployments that copy traced files only.
  outputFileTracingIncludes: {
    "/**": [
      "./lib/skills/taxonomy.json",
      "./lib/occupations/occupations.json",
      "./lib/occupations/background-terms.json",
    ],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;

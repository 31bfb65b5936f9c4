import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">
        Back to the overview
      </Link>
    </main>
  );
}

import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">This page is for admins</h1>
      <p className="mt-2 text-sm text-slate-600">
        Your account does not have access to it. Ask an admin if you need it.
      </p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">
        Back to the overview
      </Link>
    </main>
  );
}

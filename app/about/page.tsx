import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "About" };

// Attribution required by the licences of the skill and occupation data Shortlist ships (ESCO and O*NET, CC BY 4.0).
export default function AboutPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 text-sm leading-6 text-slate-700">
      <Link href="/" className="text-brand-700 underline">
        ← Back to Shortlist
      </Link>
      <h1 className="mt-6 text-2xl font-semibold text-slate-900">About Shortlist</h1>
      <p className="mt-3">
        Shortlist scores candidates against jobs from their data — skills, seniority, experience and meaning — and
        explains every score. It never uses a job&apos;s identity as a signal, so a new job is scored as well as an old
        one.
      </p>
      <h2 className="mt-8 text-lg font-semibold text-slate-900">Data attribution</h2>
      <p className="mt-3">
        This service uses the ESCO classification of the European Commission: skills (ESCO v1.1 and v1.2) and
        occupations (ESCO v1.2.0), © European Union,{" "}
        <a className="text-brand-700 underline" href="https://esco.ec.europa.eu/">
          https://esco.ec.europa.eu/
        </a>
        . The data were modified: columns were chosen, labels were normalised and ESCO occupation titles were mapped
        onto O*NET occupations. The European Commission has not endorsed these modifications.
      </p>
      <p className="mt-3">
        This page includes information from the O*NET 29.2 Database (technology skills, occupations, alternate and
        reported titles, task statements, job zones and related occupations) by the U.S. Department of Labor, Employment
        and Training Administration (USDOL/ETA). Used under the{" "}
        <a className="text-brand-700 underline" href="https://creativecommons.org/licenses/by/4.0/">
          CC BY 4.0
        </a>{" "}
        license. O*NET® is a trademark of USDOL/ETA. Shortlist has modified all or some of this information. USDOL/ETA
        has not approved, endorsed, or tested these modifications.
      </p>
    </main>
  );
}

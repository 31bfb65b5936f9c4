import Link from "next/link";
import type { ReactNode } from "react";
import type { UserActor } from "@/lib/auth";
import { NavLinks, type NavItem } from "./nav-links";
import { ShellMenu } from "./shell-menu";
import { SignOutButton } from "./sign-out-button";

const MAIN_NAV: NavItem[] = [
  { href: "/", label: "Overview" },
  { href: "/jobs", label: "Jobs" },
  { href: "/candidates", label: "Candidates" },
  { href: "/score", label: "Score a candidate" },
  { href: "/prompts", label: "Prompts" },
  { href: "/drift", label: "Drift" },
  { href: "/docs/api", label: "API reference" },
];

const ADMIN_NAV: NavItem[] = [
  { href: "/admin/api-keys", label: "API keys" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/providers", label: "LLM providers" },
  { href: "/admin/models", label: "Scoring models" },
];

export function AppShell({ user, children }: { user: UserActor; children: ReactNode }) {
  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="border-b border-slate-200 bg-white lg:sticky lg:top-0 lg:h-screen lg:w-60 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r">
        <ShellMenu
          brand={
            <Link href="/" className="px-3 text-lg font-semibold tracking-tight text-brand-700">
              Shortlist
            </Link>
          }
        >
          <NavLinks items={MAIN_NAV} label="Main" />
          {user.role === "ADMIN" ? (
            <div>
              <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Admin</p>
              <NavLinks items={ADMIN_NAV} label="Admin" />
            </div>
          ) : null}
          <div className="border-t border-slate-200 pt-3 lg:mt-auto">
            <UserBlock user={user} />
          </div>
        </ShellMenu>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:px-8">
          {children}
        </main>
        <footer className="border-t border-slate-200 px-4 py-3 text-xs text-slate-500 lg:px-8">
          Shortlist ·{" "}
          <Link href="/about" className="underline hover:text-slate-700">
            About and data attribution
          </Link>
        </footer>
      </div>
    </div>
  );
}

function UserBlock({ user }: { user: UserActor }) {
  return (
    <div className="flex items-center justify-between gap-2 lg:flex-col lg:items-stretch">
      <div className="min-w-0 px-3">
        <p className="truncate text-sm font-medium text-slate-900" data-testid="signed-in-user">
          {user.name}
        </p>
        <p className="truncate text-xs text-slate-500">
          {user.email} · {user.role === "ADMIN" ? "Admin" : "Recruiter"}
        </p>
      </div>
      <SignOutButton />
    </div>
  );
}

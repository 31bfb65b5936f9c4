"use client";

import { createContext, useContext, useId, useState, type ReactNode } from "react";
import { inputClass } from "@/components/ui/field";

const CredentialContext = createContext<string>("");

/** The key "try it" sends, shared by every operation on the page and kept only in this page's memory. */
export function useTryItKey(): string {
  return useContext(CredentialContext);
}

export function CredentialProvider({ children }: { children: ReactNode }) {
  const [key, setKey] = useState("");
  const id = useId();
  return (
    <CredentialContext.Provider value={key.trim()}>
      <section aria-labelledby={`${id}-title`} className="mt-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Try it
        </h2>
        <p className="mt-1 text-slate-600">
          Every operation below has a <strong>Try it</strong> panel that calls this server. Paste an API key (admins
          create them under API keys); it stays in this page and is sent only to this server. Without a key, calls use
          your session if you are signed in.
        </p>
        <label htmlFor={id} className="mt-3 block text-sm font-medium text-slate-700">
          API key
        </label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="sl_…"
          className={`${inputClass} mt-1 max-w-md font-mono`}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
      </section>
      {children}
    </CredentialContext.Provider>
  );
}

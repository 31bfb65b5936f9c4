"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { fetchJson } from "@/components/query/fetch-json";
import { cn } from "@/components/ui/cn";
import { skillSuggestionsJson } from "@/lib/contracts/skills";

/** Skills as removable chips, with taxonomy suggestions as you type (an accessible combobox). */
export function SkillInput({
  label,
  value,
  onChange,
  error,
  placeholder = "Type a skill…",
}: {
  label: string;
  value: string[];
  onChange: (skills: string[]) => void;
  error?: string;
  placeholder?: string;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [debounced, setDebounced] = useState("");
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery({
    queryKey: ["skills", "suggest", debounced],
    queryFn: () => fetchJson(`/api/skills?q=${encodeURIComponent(debounced)}&limit=8`, skillSuggestionsJson),
    enabled: debounced.length > 0,
    staleTime: 5 * 60_000,
  });
  const options = (suggestions.data?.items ?? []).filter((item) => !value.includes(item.id));
  const open = text.trim().length > 0 && options.length > 0;

  const add = (skill: string) => {
    const cleaned = skill.trim();
    if (cleaned && !value.includes(cleaned)) onChange([...value, cleaned]);
    setText("");
    setActive(0);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" || event.key === ",") {
      if (!text.trim()) return;
      event.preventDefault();
      add(open ? (options[active]?.id ?? text) : text);
    } else if (event.key === "Escape") {
      setText("");
    } else if (event.key === "Backspace" && !text && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div
        role="group"
        aria-label={label}
        className={cn(
          "flex min-h-10 flex-wrap items-center gap-1.5 rounded-md bg-white px-2 py-1.5 ring-1 focus-within:ring-2 focus-within:ring-brand-500",
          error ? "ring-red-500" : "ring-slate-300",
        )}
      >
        {value.map((skill) => (
          <span
            key={skill}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900 ring-1 ring-brand-100"
          >
            {skill.replace(/_/g, " ")}
            <button
              type="button"
              onClick={() => onChange(value.filter((item) => item !== skill))}
              className="-my-1 -mr-1.5 inline-flex size-6 items-center justify-center rounded-full text-brand-700 hover:bg-brand-100"
              aria-label={`Remove ${skill.replace(/_/g, " ")}`}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add(text)}
          placeholder={value.length === 0 ? placeholder : ""}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-options`}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-option-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-32 flex-1 border-0 bg-transparent p-0.5 text-sm outline-none focus:ring-0"
        />
      </div>
      {open ? (
        <ul
          id={`${id}-options`}
          role="listbox"
          aria-label={`${label} suggestions`}
          className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200"
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the field (no blur, which would add the typed text) so the tap can choose.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(option.id)}
              className={cn(
                "flex cursor-pointer justify-between px-3 py-2",
                index === active ? "bg-brand-50 text-brand-900" : "text-slate-800",
              )}
            >
              <span>{option.label}</span>
              <span className="text-xs text-slate-500">{option.kind}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

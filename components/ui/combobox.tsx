"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { cn } from "./cn";
import { inputClass } from "./field";
import { FieldShell } from "./field-shell";
import { filterOptions, type ComboboxOption } from "./filter-options";

export type { ComboboxOption };

/**
 * A picker that searches as you type (ARIA combobox with a list box). The chosen option's detail
 * shows under the field; `name` submits the value with a form.
 */
export function Combobox({
  label,
  options,
  value,
  onChange,
  name,
  placeholder = "Type to search…",
  className,
}: {
  label: string;
  options: readonly ComboboxOption[];
  value: string;
  onChange: (value: string) => void;
  name?: string;
  placeholder?: string;
  className?: string;
}) {
  const id = useId();
  const listId = `${id}-options`;
  const selected = options.find((option) => option.value === value);
  // null while not typing: the field shows the chosen option.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = query ? filterOptions(options, query) : options;
  const expanded = open && matches.length > 0;
  const selectedIndex = (list: readonly ComboboxOption[]) =>
    Math.max(
      0,
      list.findIndex((option) => option.value === value),
    );

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (option: ComboboxOption) => {
    onChange(option.value);
    close();
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(index, matches.length - 1)));
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openAt(open ? active + 1 : selectedIndex(matches));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(active - 1);
    } else if (event.key === "Enter" && expanded) {
      event.preventDefault();
      const option = matches[active];
      if (option) choose(option);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  }

  return (
    <FieldShell label={label} hint={selected?.detail} className={className}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
            className={inputClass}
            placeholder={placeholder}
            value={query ?? selected?.label ?? ""}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={(event) => {
              event.target.select();
              openAt(selectedIndex(options));
            }}
            onBlur={close}
            onKeyDown={onKeyDown}
          />
          {name ? <input type="hidden" name={name} value={value} /> : null}
          {expanded ? (
            <ul
              id={listId}
              role="listbox"
              aria-label={`${label}: options`}
              className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200"
            >
              {matches.map((option, index) => (
                <li
                  key={option.value}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  // Keeps the focus in the field (no blur) so the click can choose.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                  className={cn(
                    "cursor-pointer px-3 py-2",
                    index === active ? "bg-brand-50 text-brand-900" : "text-slate-800",
                  )}
                >
                  <span className={cn("block", option.value === value && "font-semibold")}>{option.label}</span>
                  {option.detail ? <span className="block text-xs text-slate-600">{option.detail}</span> : null}
                </li>
              ))}
            </ul>
          ) : open && query ? (
            <p role="status" className="mt-1 text-sm text-slate-600">
              Nothing matches “{query}”.
            </p>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}

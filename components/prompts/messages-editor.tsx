"use client";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ChatTemplate } from "@/lib/vocabulary/prompt-template";

type Role = ChatTemplate[number]["role"];
const ROLES: Role[] = ["system", "user", "assistant"];

/** Chat messages as role + text areas; messages can be added and removed. */
export function MessagesEditor({
  messages,
  onChange,
}: {
  messages: ChatTemplate;
  onChange: (messages: ChatTemplate) => void;
}) {
  const update = (index: number, patch: Partial<ChatTemplate[number]>) =>
    onChange(messages.map((message, i) => (i === index ? { ...message, ...patch } : message)));
  return (
    <div className="space-y-4">
      {messages.map((message, index) => (
        <fieldset key={index} className="rounded-md p-3 ring-1 ring-slate-200">
          <legend className="px-1 text-sm font-medium text-slate-700">Message {index + 1}</legend>
          <div className="mb-2 flex items-center gap-2">
            <label htmlFor={`role-${index}`} className="text-sm text-slate-600">
              Role
            </label>
            <select
              id={`role-${index}`}
              value={message.role}
              onChange={(event) => update(index, { role: event.target.value as Role })}
              className={`${inputClass} w-40`}
            >
              {ROLES.map((role) => (
                <option key={role}>{role}</option>
              ))}
            </select>
            {messages.length > 1 ? (
              <Button
                variant="ghost"
                className="ml-auto"
                onClick={() => onChange(messages.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            ) : null}
          </div>
          <textarea
            aria-label={`Message ${index + 1} (${message.role})`}
            value={message.content}
            onChange={(event) => update(index, { content: event.target.value })}
            rows={Math.min(24, Math.max(4, message.content.split("\n").length + 1))}
            className="block w-full rounded-md p-3 font-mono text-sm ring-1 ring-slate-300"
          />
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() => onChange([...messages, { role: "user", content: "" }])}
        disabled={messages.length >= 20}
      >
        Add a message
      </Button>
    </div>
  );
}

'use client';

import type { StartingPoint } from '@/lib/console/new-client/starting-point';
import { presets } from '@/lib/metadata';

const choices: ReadonlyArray<{ id: StartingPoint; label: string; description: string }> = [
  ...presets.map(({ id, label, description }) => ({ id, label, description })),
  { id: 'custom', label: 'Custom', description: 'Start from a plain confidential code-flow client and choose every setting yourself.' },
];

/** Step one: what are you building? Each choice fills the form with a sound starting registration. */
export function PresetPicker({ selected, onPick }: { selected: StartingPoint | null; onPick(start: StartingPoint): void }) {
  return (
    <section aria-labelledby="preset-heading" className="space-y-3">
      <h2 id="preset-heading" className="text-base font-semibold">
        1. What are you building?
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              onClick={() => onPick(choice.id)}
              aria-pressed={selected === choice.id}
              className="h-full w-full rounded-lg border border-slate-200 bg-white p-4 text-left hover:border-indigo-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 aria-pressed:border-indigo-600 aria-pressed:ring-1 aria-pressed:ring-indigo-600 dark:border-slate-800 dark:bg-slate-900"
            >
              <span className="block font-medium">{choice.label}</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{choice.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Times in the console are shown in UTC, to the minute, so server and browser agree. */
export function formatTime(date: Date | null | undefined, empty = 'never'): string {
  return date ? `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC` : empty;
}

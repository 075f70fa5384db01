const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * A number of seconds in words, exactly: 3600 is "1 hour", 5400 "1 hour 30 minutes". Lifetimes
 * are typed in seconds, and nobody should have to divide by 86,400 in their head.
 */
export function describeDuration(totalSeconds: number): string {
  if (!Number.isSafeInteger(totalSeconds) || totalSeconds < 0) return `${totalSeconds} seconds`;
  if (totalSeconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = totalSeconds;
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) parts.push(`${amount.toLocaleString('en')} ${unit}${amount === 1 ? '' : 's'}`);
  }
  return parts.join(' ');
}

/** "3,600 seconds = 1 hour", or only the seconds when they need no translation. */
export function secondsInWords(seconds: number): string {
  const plain = `${seconds.toLocaleString('en')} ${seconds === 1 ? 'second' : 'seconds'}`;
  return seconds < 60 ? plain : `${plain} = ${describeDuration(seconds)}`;
}

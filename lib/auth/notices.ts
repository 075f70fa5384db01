/** Why someone lands on the sign-in page, named in its URL so the page can say it in words. */
export const PASSWORD_CHANGED_NOTICE = 'password-changed';

const notices: Record<string, string> = {
  [PASSWORD_CHANGED_NOTICE]: 'Your password has been changed and every session has ended. Sign in with the new password.',
};

/** The words for a notice; nothing for a value the page does not know, so the URL cannot put text on the page. */
export function signInNotice(value: unknown): string | null {
  return typeof value === 'string' ? (notices[value] ?? null) : null;
}

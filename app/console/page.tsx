import { redirect } from 'next/navigation';

// The dashboard has a route of its own so the menu can mark it as the current page.
export default function ConsoleHome() {
  redirect('/console/dashboard');
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccountNav } from "@/components/auth/account-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "The claims desk", template: "%s · The claims desk" },
  description: "Every factual claim in the news we publish: who said it, whether it holds up, and the evidence.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-stone-300 bg-white">
          <nav aria-label="Site" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-bold tracking-tight">
              The claims desk
            </Link>
            <Link href="/" className="text-sm underline-offset-4 hover:underline">
              Articles
            </Link>
            <Link href="/search" className="text-sm underline-offset-4 hover:underline">
              Search
            </Link>
            <Link href="/about" className="text-sm underline-offset-4 hover:underline">
              How we check
            </Link>
            <AccountNav />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Not found</h1>
      <p>We could not find that page. It may have been removed, or the address may be mistyped.</p>
      <p>
        <Link href="/" className="underline underline-offset-4">
          Back to the fact-checked articles
        </Link>
      </p>
    </div>
  );
}

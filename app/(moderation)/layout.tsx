// Moderators' area. Not a guard: each page checks the role itself.
export default function ModerationLayout({ children }: { children: React.ReactNode }) {
  return <div className="space-y-6">{children}</div>;
}

// The signed-in newsroom area (editors and up). Not a guard: each page checks the role.
export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return <div className="space-y-6">{children}</div>;
}

// Administration. Not a guard: each page checks the role itself.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <div className="space-y-8">{children}</div>;
}

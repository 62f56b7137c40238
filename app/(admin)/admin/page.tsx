import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { pageAccess } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listAccounts } from "@/lib/users/service";

export const metadata: Metadata = { title: "Users and roles" };

export default async function AdminPage() {
  const access = await pageAccess("admin", "/admin");
  if (!access.ok) return <Forbidden required="admin" />;
  const accounts = await listAccounts(db);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Users and roles</h1>
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="font-serif text-2xl font-semibold">
          Users
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-400">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Email</th>
                <th scope="col" className="py-2 pr-4">Role</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2">Actions</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4">{account.name}</td>
                  <td className="py-2 pr-4">{account.email}</td>
                  <td className="py-2 pr-4">{ROLE_LABELS[account.role]}</td>
                  <td className="py-2 pr-4">
                    {account.disabled ? (
                      <span className="font-semibold text-red-800">
                        <span aria-hidden="true">⊘ </span>Disabled
                      </span>
                    ) : (
                      <span>
                        <span aria-hidden="true">● </span>Active
                      </span>
                    )}
                  </td>
                  <td className="py-2">
                    {account.id === access.user.id ? (
                      <span className="text-stone-700">This is you</span>
                    ) : (
                      // key: a server refresh after an action re-mounts the row with fresh defaults.
                      <UserRowActions key={`${account.role}-${account.disabled}`} user={account} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-heading" className="space-y-3">
        <h2 id="create-heading" className="font-serif text-2xl font-semibold">
          Create a user
        </h2>
        <CreateUserForm />
      </section>
    </>
  );
}

'use client';
// Left navigation (a horizontal strip on narrow screens). The current section gets aria-current.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { pageUrl } from '@/lib/http/urls';

export const NAV_ITEMS = [
  { href: '', label: 'Overview' },
  { href: '/applications', label: 'Applications' },
  { href: '/gitrepos', label: 'Git Repos' },
  { href: '/helmops', label: 'HelmOps' },
  { href: '/clusters', label: 'Clusters' },
  { href: '/clustergroups', label: 'Cluster Groups' },
  { href: '/bundles', label: 'Bundles' },
  { href: '/schedules', label: 'Schedules' },
  { href: '/policies', label: 'Policies' },
  { href: '/troubleshooting', label: 'Troubleshooting' },
  { href: '/workspaces', label: 'Workspaces' },
] as const;

export function SideNav({ workspace }: { workspace: string }) {
  const pathname = usePathname();
  const base = pageUrl.workspace(workspace);
  return (
    <nav aria-label="Sections" className="md:w-52 md:shrink-0">
      <ul className="relative flex gap-1 overflow-x-auto px-3 py-2 md:flex-col md:overflow-visible md:px-3 md:py-4">
        {NAV_ITEMS.map((item) => {
          const href = base + item.href;
          const active = item.href === '' ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={item.label}>
              <Link
                href={href}
                aria-current={active ? 'page' : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${
                  active ? 'bg-accent/10 font-semibold text-accent' : 'text-fg/80 hover:bg-surface-2 hover:text-fg'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

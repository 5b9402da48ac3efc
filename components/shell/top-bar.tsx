import Link from 'next/link';
import { LiveIndicator } from '@/components/live/live-updates';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { WatchingMenu } from '@/components/notify/watching-menu';
import { WorkspaceSwitcher } from './workspace-switcher';
import { pageUrl } from '@/lib/http/urls';

export function TopBar({ workspace, user, mode }: { workspace: string; user: string; mode: 'session' | 'local' | 'proxy' }) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href={pageUrl.workspace(workspace)} className="flex items-center gap-2 font-semibold">
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-accent text-accent-fg">
            F
          </span>
          <span>
            Fleet <span className="hidden font-normal text-muted sm:inline">Continuous Delivery</span>
          </span>
        </Link>
        <WorkspaceSwitcher workspace={workspace} />
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LiveIndicator />
          <WatchingMenu context={user} />
          <ThemeSwitch />
          <UserMenu display={user} mode={mode} />
        </div>
      </div>
    </header>
  );
}

// The route files under app/w/[workspace] are one line each: they hand the URL's workspace (and object name) to the
// view that shows it. Views read the URL's search params, hence the Suspense boundary.
import { notFound } from 'next/navigation';
import { Suspense, type ComponentType } from 'react';
import { isDns1123Subdomain } from '@/lib/fleet/names';

type WorkspaceParams = { params: Promise<{ workspace: string }> };
type ObjectParams = { params: Promise<{ workspace: string; name: string }> };

/** The object name of a dynamic segment, which arrives percent-encoded; one no Kubernetes object can have is a 404. */
export function objectName(segment: string): string {
  const name = decodeURIComponent(segment);
  if (!isDns1123Subdomain(name)) notFound();
  return name;
}

/** For a page title: never fails (the page itself says what is wrong with the name). */
function titleName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A page of one workspace (or `_all`) showing `View`. */
export function workspacePage(View: ComponentType<{ workspace: string }>) {
  return async function WorkspacePage({ params }: WorkspaceParams) {
    const { workspace } = await params;
    return (
      <Suspense>
        <View workspace={workspace} />
      </Suspense>
    );
  };
}

/** A page about one object: its title names the object ("GitRepo web"). */
export function objectPage(View: ComponentType<{ workspace: string; name: string }>, kindTitle: string) {
  return {
    generateMetadata: async ({ params }: ObjectParams) => ({ title: `${kindTitle} ${titleName((await params).name)}` }),
    Page: async function ObjectPage({ params }: ObjectParams) {
      const { workspace, name } = await params;
      return (
        <Suspense>
          <View workspace={workspace} name={objectName(name)} />
        </Suspense>
      );
    },
  };
}

'use client';
// "Look up versions": the server reads the chart repository's index.yaml (under its request limits) and answers the
// chart's versions, newest first, and which one the typed version or range selects. Refusals are shown in words.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { fetchChartVersions, type ChartVersionsAnswer } from '../helmop-api';

const SHOWN = 12;

export function VersionLookup({ workspace, repo, chart, version, onPick }: { workspace: string; repo: string; chart: string; version: string; onPick: (v: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ChartVersionsAnswer | undefined>();
  const [error, setError] = useState('');
  const look = async () => {
    setBusy(true);
    setError('');
    setAnswer(undefined);
    try {
      setAnswer(await fetchChartVersions(workspace, repo, chart, version));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2 text-sm" data-testid="version-lookup">
      <Button size="sm" busy={busy} disabled={!repo || !chart || workspace === '_all'} onClick={() => void look()} data-testid="version-lookup-button">
        Look up versions
      </Button>
      {error && (
        <p role="alert" className="text-xs font-medium text-danger" data-testid="version-lookup-error">
          {error}
        </p>
      )}
      {answer && (
        <div className="rounded-md border border-border bg-surface-2 p-2" data-testid="version-lookup-result">
          <p>
            {answer.selected ? (
              <>
                {version ? <span className="font-mono">{version}</span> : 'Empty (latest stable)'} selects <strong className="font-mono">{answer.selected}</strong>.
              </>
            ) : (
              <>No version of {answer.chart} matches {version ? <span className="font-mono">{version}</span> : 'a stable release'}.</>
            )}
          </p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {answer.versions.slice(0, SHOWN).map((v) => (
              <li key={v.version}>
                <button type="button" className="rounded border border-border px-1.5 font-mono text-xs hover:border-accent" title={v.appVersion ? `app ${v.appVersion}` : undefined} onClick={() => onPick(v.version)}>
                  {v.version}
                </button>
              </li>
            ))}
            {answer.versions.length > SHOWN && <li className="text-xs text-muted">… {answer.versions.length - SHOWN} more</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

import { forwardRef, useEffect, useState } from 'react';
import type { Prospect } from '@/lib/core/model';
import { ProspectList } from './ProspectList';

export interface ProspectSearchProps {
  search: (query: string) => Promise<Prospect[]>;
  openRecord?: (prospectId: string) => void;
}

/** Finds prospects by name, email or company as the rep types. */
export const ProspectSearch = forwardRef<HTMLInputElement, ProspectSearchProps>(function ProspectSearch(
  { search, openRecord },
  ref,
) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Prospect[] | null>(null);
  useEffect(() => {
    if (query.trim() === '') {
      setResults(null);
      return;
    }
    let current = true;
    search(query.trim()).then(
      (found) => current && setResults(found),
      () => current && setResults([]),
    );
    return () => {
      current = false;
    };
  }, [query, search]);
  return (
    <div className="search">
      <label>
        Search prospects
        <input
          ref={ref}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Name, email or company (press /)"
        />
      </label>
      {results && results.length === 0 ? <p className="muted">No prospect matches “{query}”.</p> : null}
      {results && results.length > 0 ? (
        <ProspectList prospects={results} label="Search results" {...(openRecord ? { openRecord } : {})} />
      ) : null}
    </div>
  );
});

import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The default 1 s for findBy* is too short when CI runs every tier on 2 busy cores.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

import { act } from '@testing-library/react';
import { mountPage } from '@/components/mount-page';

describe('mountPage', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('renders the page\u2019s app into its #root element', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await act(async () => mountPage('test.html', <p>Today&apos;s queue</p>));
    expect(root.textContent).toBe("Today's queue");
  });

  it('says which page lost its #root element', () => {
    expect(() => mountPage('popup.html', <p>never shown</p>)).toThrow('popup.html lost its #root element.');
  });
});

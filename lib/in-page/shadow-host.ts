import { IN_PAGE_STYLES } from './styles';

/** An open shadow root under `data-fifth-touch="<name>"`, styled, so page CSS and ours never mix. */
export function createShadowHost(
  doc: Document,
  name: string,
  hostStyle: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.dataset.fifthTouch = name;
  host.setAttribute('style', hostStyle);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = IN_PAGE_STYLES;
  root.append(style);
  return { host, root };
}

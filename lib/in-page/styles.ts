/** Shared look of the in-page UI; it lives in a shadow root, so page CSS cannot reach it. */
export const IN_PAGE_STYLES = `
:host { all: initial; }
.ft { font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #14213d; background: #fff;
  border: 1px solid #c9d3e0; border-radius: 10px; box-shadow: 0 4px 16px rgba(15, 30, 60, .16); padding: 10px 12px; }
.ft h2 { font-size: 12px; font-weight: 600; letter-spacing: .02em; color: #0f766e; margin: 0 0 4px; }
.ft .name { font-weight: 600; font-size: 14px; margin: 0; }
.ft p { margin: 4px 0; }
.ft .muted { color: #5c677d; }
.ft button { font: inherit; border: 1px solid #0f766e; background: #0f766e; color: #fff; border-radius: 6px;
  padding: 3px 10px; margin: 4px 4px 0 0; cursor: pointer; }
.ft button.secondary { background: transparent; color: #0f766e; }
.ft button:disabled { opacity: .6; cursor: default; }
.ft button:focus-visible, .ft textarea:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
.ft textarea { font: inherit; width: 100%; box-sizing: border-box; margin-top: 4px; min-height: 40px; }
.ft [role="alert"] { color: #b42318; }
.ft .head { display: flex; align-items: center; gap: 12px; }
.ft .head h2 { margin: 0; }
.ft .head .due-count { flex: 1; font-weight: 600; }
.ft .reply { font-weight: 600; color: #b45309; }
.ft ul { margin: 4px 0; padding-left: 18px; }
.ft button.link { background: none; border: none; color: inherit; padding: 0; text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .ft { color: #e6e9ef; background: #1b2130; border-color: #2c3444; }
  .ft h2 { color: #2dd4bf; }
  .ft .muted { color: #a3adc2; }
  .ft button { background: #2dd4bf; border-color: #2dd4bf; color: #0b1220; }
  .ft button.secondary { background: transparent; color: #2dd4bf; }
  .ft [role="alert"] { color: #fda29b; }
}
`;

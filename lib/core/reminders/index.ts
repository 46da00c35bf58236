export * from './badge';
export * from './due-items';
export * from './next-wake';
export * from './notification-id';
export * from './plan-reminders';
export * from './reminder-gate';
export * from './reminder-target';
export * from './reminder-text';

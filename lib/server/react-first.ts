// Loaded before Next.js on purpose. Next installs a require hook that points `react` at its own compiled copy;
// the public pages this server renders (refusals for visitors without JavaScript) use the app's React through
// react-dom/server. Loading both here first binds react-dom/server to the same React as the JSX runtime.
import 'react';
import 'react/jsx-runtime';
import 'react-dom/server';

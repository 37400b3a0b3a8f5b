'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * Set when the member may read the form but not change it (legal reviewers). Inputs are then disabled by the
 * editor's disabled fieldset; the controls that only change the form (add, remove, reorder) are not shown.
 */
export const ReadOnlyContext = createContext(false);

export const useReadOnly = () => useContext(ReadOnlyContext);

/** Shows its children only to a member who may edit the form. */
export function Editable({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : children;
}

'use client';

import { startTransition, useActionState, type SubmitEvent } from 'react';

/**
 * useActionState for forms whose inputs must survive a refused submission: React resets a <form action>
 * after every submission, which would wipe what the person typed when the server says "fix this field".
 */
export function useFormAction<S>(action: (state: S | null, data: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, onSubmit };
}

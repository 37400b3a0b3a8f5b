import { signOut } from '@/app/(app)/account/actions';

export function SignOutButton({ className = 'button subtle' }: { className?: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}

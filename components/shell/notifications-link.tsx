import Link from 'next/link';

/**
 * The header's way to the notifications page. The unread count is part of the link's
 * accessible name ("Notifications, 3 unread"), not only a visual badge.
 */
export function NotificationsLink({ unread, label, labelWithUnread }: { unread: number; label: string; labelWithUnread: string }) {
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? labelWithUnread : label}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path d="M10 2a6 6 0 0 0-6 6v2.59l-1.7 1.7A1 1 0 0 0 3 14h14a1 1 0 0 0 .7-1.71L16 10.59V8a6 6 0 0 0-6-6Zm0 16a3 3 0 0 1-2.83-2h5.66A3 3 0 0 1 10 18Z" />
      </svg>
      <span>{label}</span>
      {unread > 0 ? (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs font-semibold text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}

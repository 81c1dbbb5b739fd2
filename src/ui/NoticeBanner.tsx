import type { Notice } from '../state/view-state';

interface Props {
  title: string;
  notices: Notice[];
  dismissLabel: string;
  onDismiss(): void;
}

export function NoticeBanner({ title, notices, dismissLabel, onDismiss }: Props) {
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <span>{title}</span>
      <ul>
        {notices.map((n) => (
          <li key={`${n.param}=${n.value}`}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            ({n.reason})
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}

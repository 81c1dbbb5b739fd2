interface Props {
  title: string;
  detail: string;
  retryLabel: string;
  onRetry(): void;
}

export function ErrorBox({ title, detail, retryLabel, onRetry }: Props) {
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <p>{detail}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}

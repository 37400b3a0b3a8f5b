/** The Open Graph card of a review link: form title, controller, status, counts of purposes and findings. */
export function ReviewCard({
  title,
  controller,
  status,
  purposes,
  blocking,
  warnings,
}: {
  title: string;
  controller: string;
  status: string;
  purposes: number;
  blocking: number;
  warnings: number;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#ffffff',
        color: '#1b1f24',
        fontSize: 32,
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          color: '#0b5cad',
          fontSize: 36,
          fontWeight: 700,
        }}
      >
        Conforme · legal review
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <div style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.1 }}>{title.slice(0, 80)}</div>
        <div style={{ color: '#57606a' }}>{controller.slice(0, 80) || 'Controller not set'}</div>
      </div>
      <div style={{ display: 'flex', gap: 48 }}>
        <div
          style={{
            display: 'flex',
            padding: '8px 24px',
            borderRadius: 999,
            background: status === 'Approved' ? '#e6f4ea' : '#fff4d6',
          }}
        >
          {status}
        </div>
        <div style={{ display: 'flex' }}>{purposes} purposes</div>
        <div style={{ display: 'flex', color: blocking ? '#b42318' : '#116329' }}>
          {blocking} blocking
        </div>
        <div style={{ display: 'flex' }}>{warnings} warnings</div>
      </div>
    </div>
  );
}

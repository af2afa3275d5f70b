// The Courier's live-blog script: newer updates are inserted at the top of the
// <claim-lens> element, as live blogs do; claimlens re-annotates by itself.
document.addEventListener('DOMContentLoaded', () => {
  const updates = [
    ['9:15 a.m.', 'Mayor Ines Calloway urged both sides to return to talks. “Every hour the ferries sit idle costs riders and shops,” Calloway told reporters outside city hall.'],
    ['9:50 a.m.', 'A spokeswoman for the authority, Priya Raman, said talks could resume on Thursday, though she added that no date had been confirmed.'],
  ];
  const live = document.querySelector('claim-lens');
  const heading = live.querySelector('h1');
  document.getElementById('newer').addEventListener('click', () => {
    const next = updates.shift();
    if (!next) return;
    const section = document.createElement('section');
    section.className = 'update';
    const h2 = document.createElement('h2');
    h2.textContent = next[0];
    const p = document.createElement('p');
    p.textContent = next[1];
    section.append(h2, p);
    heading.after(section);
  });
});

// A stand-in for a publisher's ad tag: it fills the slot right where it sits,
// while the page is parsed, and swaps the ad when the page says so (an ad
// rotation, which must not make claimlens re-annotate: the slot is excluded).
(function () {
  const slot = document.getElementById('ad-inline-1');
  const ads = [
    'Advertisement · Lakeside Boat Rentals: “Best pontoons on the river,” said every customer, ever.',
    'Advertisement · Route 9 Diner: pie of the day, every day, according to our baker.',
  ];
  let shown = 0;
  slot.textContent = ads[0];
  document.addEventListener('ledger:rotate-ad', () => {
    shown = (shown + 1) % ads.length;
    slot.textContent = ads[shown];
  });
})();

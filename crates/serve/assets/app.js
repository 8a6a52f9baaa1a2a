// Progressive enhancement only: every page works without this file.
// Pressing "/" focuses the search box, as on many search sites.
document.addEventListener("keydown", function (e) {
  if (e.key !== "/" || e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA") return;
  var box = document.querySelector("main input[type=search]") || document.querySelector("header input[type=search]");
  if (box) { e.preventDefault(); box.focus(); }
});

// Puts the few words that wagtail-localize's translation editor writes in English
// (its heading and the "More actions" label) into the user's language. The words
// come from the page (cms/translation_context.py); the editor redraws itself, so
// every change is looked at again.
(function () {
  "use strict";
  var data = document.getElementById("cms-translation-editor-words");
  if (!data) {
    return;
  }
  var words = JSON.parse(data.textContent);
  var replacements = {};
  Object.keys(words).forEach(function (key) {
    replacements[words[key].english] = words[key].text;
  });

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      if (Object.prototype.hasOwnProperty.call(replacements, text)) {
        node.nodeValue = node.nodeValue.replace(text, replacements[text]);
      }
    }
  }

  function start() {
    translate(document.body);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            translate(node);
          } else if (node.nodeType === Node.TEXT_NODE && node.parentNode) {
            translate(node.parentNode);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

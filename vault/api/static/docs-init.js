// Starts Swagger UI on /docs from this server's own copy (no inline script: the page's CSP forbids it).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    // Never fetch a validator badge from a public server.
    validatorUrl: null,
  });
});

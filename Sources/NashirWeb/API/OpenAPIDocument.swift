/// The OpenAPI 3.1 description of `/api/v1/`, served at `/api/v1/openapi.json`. A test checks
/// that every API route the router answers is described here and nothing else is, and
/// schemathesis checks the answers against it, so the document and the routes stay one thing.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Nashir API",
        "version": "1",
        "description": "Search for everyone, and the newsroom's articles for holders of a personal API token (nashir token create). Messages are in Arabic; codes are stable."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearer": []}],
      "paths": {
        "/api/v1/openapi.json": {
          "get": {"operationId": "openapi", "security": [], "summary": "This document.",
            "responses": {"200": {"description": "The document.", "content": {"application/json": {"schema": {"type": "object"}}}}}}
        },
        "/api/v1/search": {
          "get": {"operationId": "search", "security": [], "summary": "Search published articles as the site does.",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}},
              {"name": "section", "in": "query", "schema": {"type": "string"}},
              {"name": "tag", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer"}},
              {"name": "offset", "in": "query", "schema": {"type": "integer"}}
            ],
            "responses": {
              "200": {"description": "Results.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResponse"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/suggest": {
          "get": {"operationId": "suggest", "security": [], "summary": "Type-ahead completions.",
            "parameters": [
              {"name": "q", "in": "query", "schema": {"type": "string"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer"}}
            ],
            "responses": {
              "200": {"description": "Completions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SuggestResponse"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/articles": {
          "get": {"operationId": "listArticles", "summary": "Articles in any state, newest change first.",
            "parameters": [
              {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
              {"name": "section", "in": "query", "description": "A section's slug or name.", "schema": {"type": "string"}},
              {"name": "author", "in": "query", "schema": {"type": "integer"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer"}},
              {"name": "offset", "in": "query", "schema": {"type": "integer"}}
            ],
            "responses": {
              "200": {"description": "A page of articles.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticlesPage"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"}
            }},
          "post": {"operationId": "createArticle", "summary": "Create an article (a draft unless status says otherwise).",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}}}},
            "responses": {
              "201": {"description": "Created.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}},
                "links": {
                  "GetArticle": {"operationId": "getArticle", "parameters": {"id": "$response.body#/id"}},
                  "UpdateArticle": {"operationId": "updateArticle", "parameters": {"id": "$response.body#/id"}},
                  "TransitionArticle": {"operationId": "transitionArticle", "parameters": {"id": "$response.body#/id"}},
                  "DeleteArticle": {"operationId": "deleteArticle", "parameters": {"id": "$response.body#/id"}}
                }},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/articles/{id}": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "get": {"operationId": "getArticle", "summary": "One article.",
            "responses": {
              "200": {"description": "The article; its ETag is its revision.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }},
          "put": {"operationId": "updateArticle", "summary": "Change an article; carries the revision it was based on (or If-Match).",
            "parameters": [{"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}}}},
            "responses": {
              "200": {"description": "Saved.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }},
          "delete": {"operationId": "deleteArticle", "summary": "Delete an article, keeping a tombstone (410 on the site).",
            "responses": {
              "200": {"description": "Deleted.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/articles/{id}/transitions": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "post": {"operationId": "transitionArticle", "summary": "Move an article through the workflow.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Transition"}}}},
            "responses": {
              "200": {"description": "Moved.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/articles/{id}/check": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "get": {"operationId": "checkArticle", "summary": "The copy desk's findings on a stored article, with the site's rules.",
            "responses": {
              "200": {"description": "Findings.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CopyReport"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/sections": {
          "get": {"operationId": "listSections", "summary": "Every section.",
            "responses": {
              "200": {"description": "Sections.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}}}}},
              "401": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/tags": {
          "get": {"operationId": "listTags", "summary": "Tags whose name or slug starts with q, most used first (type-ahead).",
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
            "responses": {
              "200": {"description": "Tags.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/TagUse"}}}}},
              "401": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/media": {
          "get": {"operationId": "listMedia", "summary": "The latest uploads, newest first.",
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
            "responses": {
              "200": {"description": "Uploads.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Media"}}}}},
              "401": {"$ref": "#/components/responses/Error"}
            }},
          "post": {"operationId": "uploadMedia", "summary": "Upload an image (JPEG, PNG, WebP or GIF); renditions are made at once.",
            "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file", "alt"],
              "properties": {"file": {"type": "string", "format": "binary"}, "alt": {"type": "string", "minLength": 1},
                "caption": {"type": "string"}, "credit": {"type": "string"}}}}}},
            "responses": {
              "201": {"description": "Stored.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Media"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "415": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/media/{id}": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "get": {"operationId": "getMedia", "summary": "One upload with its files.",
            "responses": {
              "200": {"description": "The upload.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Media"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/api/v1/users": {
          "get": {"operationId": "listUsers", "summary": "Every account (administrators only).",
            "responses": {
              "200": {"description": "Accounts.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}
            }}
        }
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "responses": {
          "Error": {"description": "A refusal.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"}}}}},
          "Status": {"type": "string", "enum": ["incoming", "draft", "in-review", "published", "unpublished", "deleted"]},
          "Block": {"type": "object", "required": ["type"],
            "description": "paragraph and subheading: text; quote: text and source; list: items and ordered; image: media (an uploaded image's id) and caption; embed: url; divider: nothing (a rule between parts of the story). Responses always carry text, the block's plain text. Paragraphs and quotes with inline marks add runs, lists itemRuns (one array per item); runs must spell the same words as text.",
            "properties": {"type": {"type": "string", "enum": ["paragraph", "subheading", "quote", "list", "image", "embed", "divider"]}, "text": {"type": "string"},
              "runs": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}},
              "source": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}},
              "itemRuns": {"type": "array", "items": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}}}, "ordered": {"type": "boolean"},
              "media": {"type": "integer"}, "caption": {"type": "string"}, "url": {"type": "string"}}},
          "Run": {"type": "object", "required": ["text"], "description": "Words with the same marks; link is an http(s) or mailto: address or a path on this site.",
            "properties": {"text": {"type": "string"}, "emphasis": {"type": "boolean"}, "strong": {"type": "boolean"}, "link": {"type": "string"}}},
          "Correction": {"type": "object", "required": ["at", "note"], "properties": {"at": {"type": "string", "format": "date-time"}, "note": {"type": "string"}}},
          "TagUse": {"type": "object", "required": ["slug", "name", "articles"],
            "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "articles": {"type": "integer"}}},
          "Media": {"type": "object", "required": ["id", "width", "height", "alt", "uploaded", "files"],
            "properties": {"id": {"type": "integer"}, "width": {"type": "integer"}, "height": {"type": "integer"}, "alt": {"type": "string"},
              "caption": {"type": "string"}, "credit": {"type": "string"}, "uploaded": {"type": "string", "format": "date-time"},
              "files": {"type": "array", "items": {"type": "object", "required": ["path", "width", "height", "type", "role"],
                "properties": {"path": {"type": "string"}, "width": {"type": "integer"}, "height": {"type": "integer"}, "type": {"type": "string"},
                  "role": {"type": "string", "enum": ["responsive", "social"]}}}}}},
          "Article": {"type": "object",
            "required": ["id", "path", "revision", "status", "headline", "slug", "section", "section_name", "highlights", "body", "tags", "created", "updated"],
            "properties": {
              "id": {"type": "integer"}, "path": {"type": "string"}, "revision": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"},
              "headline": {"type": "string"}, "slug": {"type": "string"}, "section": {"type": "string"}, "section_name": {"type": "string"},
              "highlights": {"type": "array", "items": {"type": "string"}}, "dateline_place": {"type": "string"}, "dateline_source": {"type": "string"},
              "body": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}}, "tags": {"type": "array", "items": {"type": "string"}},
              "byline": {"type": "string"}, "summary": {"type": "string"}, "published": {"type": "string"}, "created": {"type": "string"},
              "updated": {"type": "string"}, "author": {"type": "integer"}, "urgent": {"type": "boolean"}, "seo_title": {"type": "string"},
              "lead_image": {"type": "integer"}, "corrections": {"type": "array", "items": {"$ref": "#/components/schemas/Correction"}}
            }},
          "ArticleInput": {"type": "object",
            "properties": {
              "revision": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"}, "headline": {"type": "string", "minLength": 1, "maxLength": 300}, "slug": {"type": "string"},
              "section": {"type": "string", "minLength": 1, "description": "A section's slug or name; a new name makes a section."}, "section_name": {"type": "string"},
              "highlights": {"type": "array", "items": {"type": "string"}}, "dateline_place": {"type": "string"}, "dateline_source": {"type": "string"},
              "body": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}}, "tags": {"type": "array", "items": {"type": "string"}},
              "byline": {"type": "string"}, "summary": {"type": "string"}, "published": {"type": "string", "format": "date-time"},
              "urgent": {"type": "boolean"}, "seo_title": {"type": "string", "description": "The title search engines show; empty for the headline."},
              "lead_image": {"type": "integer", "description": "An uploaded image's id; 0 removes the lead image."}
            }},
          "ArticlesPage": {"type": "object", "required": ["total", "articles"],
            "properties": {"total": {"type": "integer"}, "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}}}},
          "CopyReport": {"type": "object", "required": ["errors", "findings"], "properties": {
            "errors": {"type": "integer", "minimum": 0},
            "findings": {"type": "array", "items": {"$ref": "#/components/schemas/CopyFinding"}}}},
          "CopyFinding": {"type": "object", "required": ["field", "start", "length", "paragraph", "offset", "rule", "severity", "message", "excerpt", "suggestion"],
            "properties": {
              "field": {"type": "string", "enum": ["headline", "highlights", "body"]},
              "start": {"type": "integer", "minimum": 0, "description": "Where the span starts in the field, in UTF-16 units."},
              "length": {"type": "integer", "minimum": 0, "description": "The span's length in UTF-16 units."},
              "paragraph": {"type": "integer", "minimum": 0}, "offset": {"type": "integer", "minimum": 0, "description": "In Unicode scalars."},
              "rule": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning", "info"]},
              "message": {"type": "string"}, "excerpt": {"type": "string"}, "suggestion": {"type": ["string", "null"]}}},
          "Transition": {"type": "object", "required": ["to"],
            "properties": {"to": {"type": "string", "enum": ["draft", "in-review", "scheduled", "published", "unpublished", "deleted"]},
              "at": {"type": "string", "format": "date-time"}, "revision": {"type": "integer"}}},
          "Section": {"type": "object", "required": ["slug", "name"], "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}},
          "User": {"type": "object", "required": ["id", "name", "display_name", "role", "disabled"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "display_name": {"type": "string"},
              "role": {"type": "string", "enum": ["administrator", "editor", "copy-editor", "writer"]}, "disabled": {"type": "boolean"}}},
          "SearchResponse": {"type": "object", "required": ["query", "total", "totalIsExact", "limit", "offset", "results"],
            "properties": {"query": {"type": "string"}, "total": {"type": "integer"}, "totalIsExact": {"type": "boolean"}, "limit": {"type": "integer"},
              "offset": {"type": "integer"}, "suggestion": {"type": "string"},
              "results": {"type": "array", "items": {"type": "object", "required": ["id", "path", "headline", "section", "score"],
                "properties": {"id": {"type": "integer"}, "path": {"type": "string"}, "headline": {"type": "string"}, "snippet": {"type": "string"},
                  "snippetHTML": {"type": "string"}, "section": {"type": "string"}, "score": {"type": "number"}, "published": {"type": "string"},
                  "partial": {"type": "boolean", "description": "Lacks one of the query's words: shown after every full match when those are fewer than a page; not counted in total."}}}}}},
          "SuggestResponse": {"type": "object", "required": ["suggestions"],
            "properties": {"suggestions": {"type": "array", "items": {"type": "object", "required": ["kind", "text", "path"],
              "properties": {"kind": {"type": "string"}, "text": {"type": "string"}, "path": {"type": "string"}}}}}}
        }
      }
    }
    """#
}

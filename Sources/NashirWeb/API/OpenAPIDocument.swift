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
        "/api/v1/sections": {
          "get": {"operationId": "listSections", "summary": "Every section.",
            "responses": {
              "200": {"description": "Sections.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}}}}},
              "401": {"$ref": "#/components/responses/Error"}
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
            "description": "paragraph and subheading: text; quote: text and source; list: items and ordered; image: media (an uploaded image's id) and caption; embed: url. Responses always carry text, the block's plain text.",
            "properties": {"type": {"type": "string", "enum": ["paragraph", "subheading", "quote", "list", "image", "embed"]}, "text": {"type": "string"},
              "source": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}}, "ordered": {"type": "boolean"},
              "media": {"type": "integer"}, "caption": {"type": "string"}, "url": {"type": "string"}}},
          "Article": {"type": "object",
            "required": ["id", "path", "revision", "status", "headline", "slug", "section", "section_name", "highlights", "body", "tags", "created", "updated"],
            "properties": {
              "id": {"type": "integer"}, "path": {"type": "string"}, "revision": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"},
              "headline": {"type": "string"}, "slug": {"type": "string"}, "section": {"type": "string"}, "section_name": {"type": "string"},
              "highlights": {"type": "array", "items": {"type": "string"}}, "dateline_place": {"type": "string"}, "dateline_source": {"type": "string"},
              "body": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}}, "tags": {"type": "array", "items": {"type": "string"}},
              "byline": {"type": "string"}, "summary": {"type": "string"}, "published": {"type": "string"}, "created": {"type": "string"},
              "updated": {"type": "string"}, "author": {"type": "integer"}
            }},
          "ArticleInput": {"type": "object",
            "properties": {
              "revision": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"}, "headline": {"type": "string", "minLength": 1, "maxLength": 300}, "slug": {"type": "string"},
              "section": {"type": "string", "minLength": 1, "description": "A section's slug or name; a new name makes a section."}, "section_name": {"type": "string"},
              "highlights": {"type": "array", "items": {"type": "string"}}, "dateline_place": {"type": "string"}, "dateline_source": {"type": "string"},
              "body": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}}, "tags": {"type": "array", "items": {"type": "string"}},
              "byline": {"type": "string"}, "summary": {"type": "string"}, "published": {"type": "string", "format": "date-time"}
            }},
          "ArticlesPage": {"type": "object", "required": ["total", "articles"],
            "properties": {"total": {"type": "integer"}, "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}}}},
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
                  "snippetHTML": {"type": "string"}, "section": {"type": "string"}, "score": {"type": "number"}, "published": {"type": "string"}}}}}},
          "SuggestResponse": {"type": "object", "required": ["suggestions"],
            "properties": {"suggestions": {"type": "array", "items": {"type": "object", "required": ["kind", "text", "path"],
              "properties": {"kind": {"type": "string"}, "text": {"type": "string"}, "path": {"type": "string"}}}}}}
        }
      }
    }
    """#
}

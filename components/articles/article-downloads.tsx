/** Links to the article's claims as CSV and JSON files. */
export function ArticleDownloads({ articlePath }: { articlePath: string }) {
  return (
    <p className="text-sm">
      <span className="font-semibold">Download the claims: </span>
      <a href={`${articlePath}/claims.csv`} download className="underline underline-offset-4">
        CSV (spreadsheet)
      </a>
      {" · "}
      <a href={`${articlePath}/claims.json`} download className="underline underline-offset-4">
        JSON
      </a>
    </p>
  );
}
